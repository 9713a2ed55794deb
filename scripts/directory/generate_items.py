#!/usr/bin/env python3
"""Generates src/main/resources/data/weihai/items.csv, the Weihai responsibility list (责任清单).

Inputs (category names only; no message text is read):
  ../shared/data/city-management/parts.csv, events.csv   digital city-management parts (部件) and events (事件)
  ../shared/data/teddy2020/attachment1_label_taxonomy.csv  the 15/118/517 three-level hotline taxonomy
Routing, limits, descriptions and closing criteria are this project's own choices, written below.

Run from the repository root:  python3 scripts/directory/generate_items.py [SHARED_DATA_DIR]
The output is committed; the product never runs this script.
"""
import csv
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path("src/main/resources/data/weihai/items.csv")

HEADER = ["code", "name", "path", "nature", "urgency", "description", "keywords", "public_service", "unit_rule",
          "unit_code", "co_unit_codes", "sign_limit", "response_limit", "handle_normal", "handle_urgent",
          "handle_critical", "handle_complex", "verification_required", "closing_criteria", "enabled"]

# Limit sets: sign, response, NORMAL, URGENT, CRITICAL, COMPLEX (Beijing levels for the last three).
STANDARD = ("PT2H WORKING_HOURS", "PT24H NATURAL", "P7D WORKING_DAYS", "PT24H NATURAL", "PT2H NATURAL",
            "P15D WORKING_DAYS")
ON_SITE = ("PT2H WORKING_HOURS", "PT24H NATURAL", "P5D WORKING_DAYS", "PT24H NATURAL", "PT2H NATURAL",
           "P15D WORKING_DAYS")
CLEANING = ("PT1H WORKING_HOURS", "PT4H WORKING_HOURS", "P1D WORKING_DAYS", "PT8H NATURAL", "PT2H NATURAL",
            "P5D WORKING_DAYS")
EMERGENCY = ("PT30M NATURAL", "PT1H NATURAL", "P3D WORKING_DAYS", "PT24H NATURAL", "PT2H NATURAL",
             "P15D WORKING_DAYS")

CLOSE_PART = "部件已修复、补齐或更换并恢复正常使用，处置前后照片留存，经网格员现场核查通过。"
CLOSE_EVENT = "问题已在现场处置到位，处置前后照片留存，经网格员现场核查通过，并向诉求人反馈结果。"
CLOSE_BY_NATURE = {
    "COMPLAINT": "问题已核实并处理，办理结果已告知诉求人；暂时无法解决的，已说明原因、依据和后续计划。",
    "CONSULT": "已依据现行政策准确解答，并告知办理渠道、所需材料和办理时限。",
    "REPORT": "已受理并依法核查，核查结论按规定反馈举报人（依法需保密的内容除外）。",
    "SUGGESTION": "已研究建议内容，并答复采纳情况及理由。",
}

# ---- digital city-management parts: code -> (rule, unit, co-units, urgency, item name) -----------------------
UT, DEP, LOC = "UTILITY", "DEPARTMENT", "LOCAL_STREET"
PART_RULES = {
    "0101": (UT, "UT-WATER", [], "URGENT"), "0102": (DEP, "CSGLJ", [], "URGENT"),
    "0103": (DEP, "CSGLJ", [], "URGENT"), "0104": (DEP, "CSGLJ", [], "URGENT"),
    "0105": (UT, "UT-POWER", [], "URGENT"), "0106": (DEP, "CSGLJ", [], "URGENT"),
    "0107": (UT, "UT-CTC", ["UT-CMCC", "UT-CUCC"], "URGENT"), "0108": (UT, "UT-CATV", [], "URGENT"),
    "0109": (UT, "UT-CUCC", ["UT-CTC", "UT-CMCC"], "URGENT"), "0110": (UT, "UT-HEAT", [], "URGENT"),
    "0111": (UT, "UT-GAS", [], "URGENT"), "0112": (DEP, "GAJ", [], "URGENT"),
    "0113": (DEP, "XFZD", [], "URGENT"), "0114": (LOC, "CSGLJ", [], "URGENT"),
    "0115": (UT, "UT-CTC", ["UT-CMCC", "UT-CUCC"], "NORMAL"), "0116": (UT, "UT-POWER", [], "URGENT"),
    "0117": (LOC, "CSGLJ", [], "NORMAL"), "0118": (DEP, "CSGLJ", [], "NORMAL"), "0119": (DEP, "CSGLJ", [], "NORMAL"),
    "0120": (DEP, "CSGLJ", [], "NORMAL"), "0121": (LOC, "CSGLJ", [], "NORMAL"), "0122": (UT, "UT-CTC", [], "NORMAL"),
    "0123": (LOC, "CSGLJ", [], "NORMAL"), "0124": (LOC, "CSGLJ", [], "NORMAL"), "0125": (LOC, "SCJGJ", [], "NORMAL"),
    "0126": (LOC, "TYJ", [], "NORMAL"), "0127": (DEP, "CSGLJ", [], "URGENT"), "0128": (DEP, "CSGLJ", ["UT-BUS"], "URGENT"),
    "0129": (UT, "UT-GAS", ["YJGLJ"], "URGENT"), "0130": (LOC, "CSGLJ", [], "URGENT"), "0131": (DEP, "SWJ", [], "NORMAL"),
    "0132": (UT, "UT-WATER", [], "NORMAL"), "0133": (UT, "UT-POWER", [], "URGENT"), "0134": (UT, "UT-POWER", [], "URGENT"),
    "0135": (UT, "UT-GAS", [], "URGENT"), "0136": (DEP, "GAJ", [], "NORMAL"), "0137": (LOC, "CSGLJ", [], "NORMAL"),
    "0138": (DEP, "GAJ", [], "NORMAL"),
    "0201": (LOC, "CSGLJ", [], "NORMAL"), "0202": (DEP, "CSGLJ", [], "NORMAL"), "0203": (UT, "UT-BUS", ["JTYSJ"], "NORMAL"),
    "0204": (DEP, "JTYSJ", [], "NORMAL"), "0205": (DEP, "CSGLJ", [], "URGENT"), "0206": (DEP, "CSGLJ", [], "URGENT"),
    "0207": (DEP, "CSGLJ", ["JTYSJ"], "URGENT"), "0208": (DEP, "CSGLJ", ["SWJ"], "URGENT"),
    "0209": (DEP, "GAJ", ["JTYSJ"], "NORMAL"), "0210": (DEP, "GAJ", [], "URGENT"), "0211": (DEP, "GAJ", ["CSGLJ"], "NORMAL"),
    "0212": (LOC, "CSGLJ", [], "NORMAL"), "0213": (DEP, "MZJ", ["CSGLJ"], "NORMAL"), "0214": (DEP, "GAJ", [], "URGENT"),
    "0215": (DEP, "GAJ", [], "NORMAL"), "0216": (DEP, "JTYSJ", [], "NORMAL"), "0217": (DEP, "GAJ", [], "NORMAL"),
    "0301": (LOC, "CSGLJ", [], "NORMAL"), "0302": (LOC, "CSGLJ", [], "URGENT"), "0303": (LOC, "CSGLJ", [], "NORMAL"),
    "0304": (LOC, "CSGLJ", [], "NORMAL"), "0305": (LOC, "CSGLJ", [], "NORMAL"), "0306": (LOC, "CSGLJ", [], "NORMAL"),
    "0307": (LOC, "CSGLJ", [], "NORMAL"), "0308": (DEP, "STHJJ", [], "NORMAL"), "0309": (DEP, "QXJ", [], "NORMAL"),
    "0310": (DEP, "STHJJ", [], "NORMAL"), "0311": (DEP, "STHJJ", [], "NORMAL"),
    "0401": (DEP, "CSGLJ", ["ZRZYJ"], "URGENT"), "0402": (LOC, "CSGLJ", [], "NORMAL"), "0403": (LOC, "CSGLJ", [], "NORMAL"),
    "0404": (LOC, "CSGLJ", [], "NORMAL"), "0405": (LOC, "CSGLJ", [], "NORMAL"), "0406": (LOC, "CSGLJ", [], "NORMAL"),
    "0407": (LOC, "CSGLJ", [], "NORMAL"), "0408": (LOC, "CSGLJ", [], "NORMAL"), "0409": (LOC, "CSGLJ", [], "NORMAL"),
    "0410": (DEP, "CSGLJ", [], "NORMAL"),
    "0501": (LOC, "CSGLJ", [], "NORMAL"), "0502": (DEP, "GFDY", [], "NORMAL"), "0503": (DEP, "ZJJ", [], "NORMAL"),
    "0601": (DEP, "YJGLJ", [], "CRITICAL"), "0602": (DEP, "ZJJ", ["CSGLJ"], "NORMAL"), "0603": (DEP, "SWJ", [], "NORMAL"),
    "0604": (DEP, "SWJ", [], "URGENT"), "0605": (DEP, "HSJ", [], "NORMAL"), "0606": (DEP, "SWJ", ["YJGLJ"], "URGENT"),
}
PART_NAMES = {
    "0113": "消防设施损坏或被占用", "0126": "健身设施损坏", "0133": "高压线铁塔受损或存在隐患",
    "0201": "停车场设施损坏或管理混乱", "0301": "公共厕所设施损坏或不洁", "0302": "化粪池满溢或破损",
    "0304": "垃圾间（楼）破损或不洁", "0305": "垃圾箱破损或满溢", "0401": "古树名木受损", "0402": "行道树缺株、倒伏或枯死",
    "0405": "绿地损毁或缺失", "0502": "人防工事设施损坏", "0503": "公房地下室渗漏或被违规使用",
    "0601": "重大危险源存在隐患", "0602": "工地围挡或设施管理不规范", "0606": "防汛墙破损",
}
LAMPS = {"0106", "0118", "0119", "0120"}


def part_name(code, name):
    if code in PART_NAMES:
        return PART_NAMES[code]
    if name.endswith("井盖"):
        return name + "缺失或破损"
    if code in ("0118", "0119", "0120"):
        return name + "不亮或损坏"
    return name + "损坏"


def part_keywords(code, name):
    words = [name]
    if name.endswith("井盖"):
        words += ["井盖", "窨井盖", "井盖丢失"]
    if code in LAMPS:
        words += ["灯不亮", "路灯坏了"]
    if code == "0104":
        words += ["下水箅子", "雨箅子"]
    if code == "0301":
        words += ["厕所", "公厕"]
    if code == "0305":
        words += ["垃圾桶"]
    return unique(words)


# ---- digital city-management events: code -> (rule, unit, co-units, urgency, nature, limit set) ---------------
def ev(rule, unit, co=(), urgency="NORMAL", nature="COMPLAINT", limits=ON_SITE):
    return rule, unit, list(co), urgency, nature, limits


EVENT_RULES = {
    "0101": ev(LOC, "CSGLJ", ["ZRZYJ"]), "0102": ev(LOC, "CSGLJ", limits=CLEANING),
    "0103": ev(LOC, "CSGLJ", limits=CLEANING), "0104": ev(LOC, "CSGLJ", limits=CLEANING),
    "0105": ev(LOC, "SWJ"), "0106": ev(LOC, "CSGLJ", limits=CLEANING), "0107": ev(LOC, "CSGLJ", ["GAJ"]),
    "0108": ev(LOC, "CSGLJ", limits=CLEANING), "0109": ev(LOC, "CSGLJ"), "0110": ev(DEP, "CSGLJ", ["JTYSJ"], "URGENT"),
    "0111": ev(DEP, "SWJ", [], "URGENT"), "0112": ev(LOC, "CSGLJ", limits=CLEANING), "0113": ev(LOC, "CSGLJ"),
    "0114": ev(LOC, "SWJ", ["HYFZJ"]), "0115": ev(LOC, "CSGLJ", ["STHJJ"], limits=CLEANING),
    "0116": ev(LOC, "CSGLJ", ["STHJJ"]), "0117": ev(LOC, "CSGLJ", limits=CLEANING), "0118": ev(LOC, "CSGLJ", ["NYNCJ"]),
    "0199": ev(LOC, "CSGLJ"),
    "0201": ev(LOC, "CSGLJ", limits=CLEANING), "0202": ev(LOC, "CSGLJ"), "0203": ev(LOC, "CSGLJ"),
    "0204": ev(LOC, "CSGLJ", limits=CLEANING), "0205": ev(LOC, "CSGLJ", [], "URGENT"),
    "0301": ev(LOC, "CSGLJ", ["ZJJ"], "URGENT"), "0302": ev(DEP, "ZJJ", ["STHJJ", "CSGLJ"]),
    "0303": ev(LOC, "CSGLJ", ["ZJJ"]), "0304": ev(LOC, "CSGLJ"), "0305": ev(DEP, "CSGLJ", [], "URGENT"),
    "0399": ev(LOC, "CSGLJ", ["ZJJ"]),
    "0401": ev(DEP, "CSGLJ", ["JTYSJ"], "CRITICAL", limits=EMERGENCY),
    "0402": ev(UT, "UT-WATER", [], "URGENT", limits=EMERGENCY),
    "0403": ev(UT, "UT-GAS", ["YJGLJ"], "CRITICAL", limits=EMERGENCY),
    "0404": ev(DEP, "CSGLJ", [], "URGENT", limits=EMERGENCY),
    "0405": ev(UT, "UT-HEAT", [], "URGENT", limits=EMERGENCY),
    "0406": ev(DEP, "CSGLJ", [], "URGENT", limits=EMERGENCY),
    "0407": ev(LOC, "CSGLJ", [], "URGENT", limits=EMERGENCY),
    "0408": ev(UT, "UT-POWER", ["UT-CTC", "UT-CMCC", "UT-CUCC"], "URGENT", limits=EMERGENCY),
    "0409": ev(DEP, "GAJ", [], "CRITICAL", "REPORT", limits=EMERGENCY),
    "0499": ev(LOC, "YJGLJ", [], "URGENT", limits=EMERGENCY),
    "0501": ev(LOC, "CSGLJ", ["SCJGJ"]), "0502": ev(DEP, "MZJ", ["GAJ"], "URGENT"), "0503": ev(LOC, "CSGLJ"),
    "0504": ev(LOC, "CSGLJ"), "0505": ev(DEP, "GAJ", ["CSGLJ"]), "0506": ev(LOC, "CSGLJ"),
    "0507": ev(LOC, "CSGLJ"), "0508": ev(LOC, "CSGLJ", ["GAJ"]), "0509": ev(DEP, "JTYSJ", ["GAJ"], nature="REPORT"),
    "0510": ev(LOC, "CSGLJ", ["STHJJ"]), "0511": ev(LOC, "CSGLJ"), "0512": ev(DEP, "WLJ", ["GAJ"], nature="REPORT"),
    "0513": ev(LOC, "CSGLJ"), "0599": ev(LOC, "CSGLJ"),
}
EVENT_KEYWORDS = {
    "0101": ["违建", "违法建设", "私搭乱建", "乱搭建"], "0102": ["垃圾", "垃圾堆", "乱扔垃圾"],
    "0103": ["渣土", "建筑垃圾"], "0104": ["路面脏", "保洁"], "0105": ["河道", "漂浮物"],
    "0107": ["僵尸车", "废弃车辆"], "0110": ["路面坑洼", "路面破损", "坑"], "0112": ["撒漏", "遗撒"],
    "0116": ["油烟", "饭店油烟"], "0201": ["小广告", "牛皮癣"], "0301": ["施工噪音", "夜间施工"],
    "0302": ["扬尘", "工地灰尘"], "0401": ["塌陷", "路面下沉"], "0402": ["水管爆裂", "跑水"],
    "0403": ["燃气泄漏", "煤气味"], "0404": ["下水道", "堵塞", "冒水"], "0406": ["积水", "内涝"],
    "0407": ["结冰", "积雪"], "0408": ["电线", "线缆"], "0501": ["小贩", "流动摊贩", "游商"],
    "0504": ["占道经营", "出店经营"], "0505": ["乱停车", "违停"], "0506": ["共享单车", "电动车乱停"],
    "0508": ["噪音", "高音喇叭"], "0510": ["烧烤"], "0511": ["晾晒"],
}

# ---- the 15/118/517 hotline taxonomy: (domain, middle[, leaf]) -> (rule, unit, co-units) -------------------
DOMAIN_CODES = {
    "城乡建设": "CX", "党务政务": "DW", "国土资源": "GT", "环境保护": "HB", "纪检监察": "JJ", "交通运输": "JT",
    "经济管理": "JG", "科技与信息产业": "KJ", "民政": "MZ", "农村农业": "NY", "商贸旅游": "SM", "卫生计生": "WS",
    "政法": "ZF", "教育文体": "JY", "劳动和社会保障": "LD",
}
DOMAIN_UNITS = {
    "城乡建设": "ZJJ", "党务政务": "HOTLINE", "国土资源": "ZRZYJ", "环境保护": "STHJJ", "纪检监察": "JWJW",
    "交通运输": "JTYSJ", "经济管理": "FGW", "科技与信息产业": "KJJ", "民政": "MZJ", "农村农业": "NYNCJ",
    "商贸旅游": "SHANGWU", "卫生计生": "WJW", "政法": "SFJ", "教育文体": "JYJ", "劳动和社会保障": "RSJ",
}
MIDDLE_UNITS = {
    ("城乡建设", "安全生产"): (DEP, "YJGLJ", []),
    ("城乡建设", "城市建设和市政管理"): (LOC, "CSGLJ", []),
    ("城乡建设", "城乡规划"): (DEP, "ZRZYJ", []),
    ("城乡建设", "村镇建设"): (DEP, "ZJJ", ["NYNCJ"]),
    ("城乡建设", "集体土地上房屋拆迁与补偿"): (DEP, "ZRZYJ", ["ZJJ"]),
    ("党务政务", "党的建设"): (DEP, "ZZB", []),
    ("党务政务", "港澳台侨"): (DEP, "TZB", []),
    ("党务政务", "国防外交"): (DEP, "GFDY", []),
    ("党务政务", "民族宗教"): (DEP, "MZZJJ", []),
    ("党务政务", "群众团体"): (DEP, "ZGH", []),
    ("党务政务", "宣传舆论"): (DEP, "XCB", []),
    ("国土资源", "海洋气象地震"): (DEP, "HYFZJ", []),
    ("交通运输", "邮政管理"): (DEP, "YZJ", []),
    ("经济管理", "安全生产"): (DEP, "YJGLJ", []),
    ("经济管理", "保险证券期货"): (DEP, "JRJ", []),
    ("经济管理", "国资监管"): (DEP, "GZW", []),
    ("经济管理", "金融财税"): (DEP, "JRJ", []),
    ("经济管理", "企业破产"): (DEP, "GZW", []),
    ("科技与信息产业", "电信"): (DEP, "TXB", []),
    ("科技与信息产业", "信息化建设"): (DEP, "GXJ", []),
    ("科技与信息产业", "知识产权"): (DEP, "SCJGJ", []),
    ("民政", "复退安置"): (DEP, "TYJRJ", []),
    ("民政", "优抚"): (DEP, "TYJRJ", []),
    ("农村农业", "草原草场"): (DEP, "ZRZYJ", []),
    ("农村农业", "村务管理"): (LOC, "NYNCJ", []),
    ("农村农业", "林业管理"): (DEP, "ZRZYJ", []),
    ("农村农业", "水库移民"): (DEP, "SWJ", []),
    ("农村农业", "水利水电"): (DEP, "SWJ", []),
    ("农村农业", "野生资源管理"): (DEP, "ZRZYJ", []),
    ("商贸旅游", "旅游管理"): (DEP, "WLJ", []),
    ("商贸旅游", "市场监管"): (DEP, "SCJGJ", []),
    ("商贸旅游", "质监检验检疫"): (DEP, "SCJGJ", []),
    ("卫生计生", "食品药品监管"): (DEP, "SCJGJ", []),
    ("政法", "户籍证件"): (DEP, "GAJ", []),
    ("政法", "交通管理"): (DEP, "GAJ", ["JTYSJ"]),
    ("政法", "警务督察"): (DEP, "GAJ", []),
    ("政法", "社会治安"): (DEP, "GAJ", []),
    ("政法", "诉讼"): (DEP, "ZJFY", []),
    ("政法", "刑案侦破"): (DEP, "GAJ", []),
    ("教育文体", "体育"): (DEP, "TYJ", []),
    ("教育文体", "文化"): (DEP, "WLJ", []),
    ("教育文体", "文物管理"): (DEP, "WLJ", []),
}
LEAF_UNITS = {
    ("城乡建设", "城市建设和市政管理", "居民服务设施"): (LOC, "ZJJ", []),
    ("城乡建设", "城市建设和市政管理", "公共汽车"): (UT, "UT-BUS", ["JTYSJ"]),
    ("城乡建设", "城市建设和市政管理", "公园管理"): (DEP, "CSGLJ", []),
    ("城乡建设", "城市建设和市政管理", "冬季采暖"): (UT, "UT-HEAT", ["ZJJ"]),
    ("城乡建设", "城市建设和市政管理", "地铁城铁"): (DEP, "JTYSJ", []),
    ("城乡建设", "城市建设和市政管理", "小区管理"): (LOC, "ZJJ", []),
    ("城乡建设", "城市建设和市政管理", "燃气供应"): (UT, "UT-GAS", ["ZJJ"]),
    ("城乡建设", "城市建设和市政管理", "电力供应"): (UT, "UT-POWER", []),
    ("城乡建设", "城市建设和市政管理", "自来水供应"): (UT, "UT-WATER", ["SWJ"]),
    ("城乡建设", "城乡规划", "违章建筑"): (LOC, "CSGLJ", ["ZRZYJ"]),
    ("城乡建设", "建筑市场", "拖欠工程款"): (DEP, "ZJJ", ["RSJ"]),
    ("城乡建设", "住房保障与房地产", "住房公积金"): (DEP, "ZFGJJ", []),
    ("城乡建设", "住房保障与房地产", "物业服务"): (LOC, "ZJJ", []),
    ("城乡建设", "住房保障与房地产", "产权交易"): (DEP, "ZRZYJ", []),
    ("城乡建设", "住房保障与房地产", "房产证登记、办理"): (DEP, "ZRZYJ", []),
    ("党务政务", "党的建设", "作风建设"): (DEP, "JWJW", []),
    ("党务政务", "党的建设", "廉政建设"): (DEP, "JWJW", []),
    ("党务政务", "港澳台侨", "港澳事务"): (DEP, "WSB", []),
    ("党务政务", "国防外交", "外交外事"): (DEP, "WSB", []),
    ("党务政务", "群众团体", "共青团工作"): (DEP, "TW", []),
    ("党务政务", "群众团体", "妇联工作"): (DEP, "FL", []),
    ("党务政务", "宣传舆论", "互联网信息监管"): (DEP, "WXB", []),
    ("党务政务", "政治体制", "统战工作"): (DEP, "TZB", []),
    ("党务政务", "政治体制", "政协工作"): (DEP, "ZXB", []),
    ("党务政务", "政治体制", "人大工作"): (DEP, "RDB", []),
    ("国土资源", "海洋气象地震", "气象"): (DEP, "QXJ", []),
    ("国土资源", "海洋气象地震", "地震"): (DEP, "YJGLJ", []),
    ("国土资源", "土地征收", "失地农民保障"): (DEP, "RSJ", ["ZRZYJ"]),
    ("环境保护", "环境污染", "生态破坏"): (DEP, "STHJJ", ["ZRZYJ"]),
    ("环境保护", "建设项目审批", "未批先建"): (DEP, "STHJJ", ["XZSPJ"]),
    ("交通运输", "客货运输", "运输安全"): (DEP, "JTYSJ", ["YJGLJ"]),
    ("经济管理", "宏观调控", "收入分配"): (DEP, "RSJ", []),
    ("经济管理", "金融财税", "税收征管"): (DEP, "SHUIWU", []),
    ("经济管理", "金融财税", "财政收支"): (DEP, "CZJ", []),
    ("经济管理", "金融财税", "非法经济活动"): (DEP, "JRJ", ["GAJ"]),
    ("经济管理", "企业破产", "依法破产"): (DEP, "ZJFY", []),
    ("科技与信息产业", "电信", "通信保障"): (UT, "UT-CTC", ["UT-CMCC", "UT-CUCC"]),
    ("科技与信息产业", "信息化建设", "互联网运营管理"): (DEP, "WXB", []),
    ("民政", "救灾募捐", "救灾管理"): (DEP, "YJGLJ", []),
    ("民政", "基层选举和社区建设", "社区建设"): (LOC, "MZJ", []),
    ("农村农业", "动物防疫", "疫情防控"): (DEP, "NYNCJ", []),
    ("农村农业", "惠农补贴", "农机农资补贴"): (DEP, "NYNCJ", ["CZJ"]),
    ("农村农业", "林业管理", "森林防火"): (DEP, "ZRZYJ", ["YJGLJ"]),
    ("农村农业", "农副产品流通", "价格质量"): (DEP, "SCJGJ", []),
    ("农村农业", "农副产品流通", "粮食储备"): (DEP, "FGW", []),
    ("农村农业", "农资农技", "农资价格质量"): (DEP, "NYNCJ", ["SCJGJ"]),
    ("农村农业", "水利水电", "防汛抗旱"): (DEP, "SWJ", ["YJGLJ"]),
    ("农村农业", "土地承包经营", "宅基地纠纷"): (LOC, "NYNCJ", []),
    ("农村农业", "其他", "农村“八大员”问题"): (DEP, "NYNCJ", ["RSJ"]),
    ("商贸旅游", "商业贸易", "劳务输出"): (DEP, "RSJ", []),
    ("商贸旅游", "商业贸易", "进出口管理"): (DEP, "SHANGWU", ["HG"]),
    ("商贸旅游", "市场监管", "传销"): (DEP, "SCJGJ", ["GAJ"]),
    ("商贸旅游", "质监检验检疫", "出入境检验检疫"): (DEP, "HG", []),
    ("卫生计生", "医政监管", "医疗收费"): (DEP, "YBJ", ["WJW"]),
    ("政法", "社会治安", "消防安全"): (DEP, "XFZD", []),
    ("政法", "诉讼", "刑事诉讼"): (DEP, "JCY", ["ZJFY"]),
    ("政法", "刑罚执行", "监狱管理"): (DEP, "SFJ", []),
    ("政法", "仲裁与调解", "生效法律文书执行"): (DEP, "ZJFY", []),
    ("政法", "仲裁与调解", "人事仲裁"): (DEP, "RSJ", []),
    ("政法", "仲裁与调解", "劳动仲裁"): (DEP, "RSJ", []),
    ("教育文体", "失学辍学", "希望工程"): (DEP, "TW", ["JYJ"]),
    ("劳动和社会保障", "城镇居民社会保险", "新农村合作医疗"): (DEP, "YBJ", []),
    ("劳动和社会保障", "城镇居民社会保险", "城镇居民医疗保险"): (DEP, "YBJ", []),
    ("劳动和社会保障", "城镇职工社会保险", "职工生育保险"): (DEP, "YBJ", []),
    ("劳动和社会保障", "城镇职工社会保险", "职工医疗保险"): (DEP, "YBJ", []),
    ("劳动和社会保障", "工资福利", "住房公积金"): (DEP, "ZFGJJ", []),
    ("劳动和社会保障", "工资福利", "工资发放"): (DEP, "RSJ", ["ZJJ"]),
}
REPORT_LEAVES = {"黄赌毒", "传销", "非法行医", "违法生育", "骗购", "邪教组织", "走私贩私", "非法用工", "打黑除恶",
                 "拐卖人口", "集资融资", "非法经济活动", "直销", "防范打击恐怖活动", "挪用公款"}
URGENT_LEAVES = {"事故处理", "安全隐患", "施工安全", "运输安全", "交通事故", "消防安全", "特种设备管理", "森林防火",
                 "防汛抗旱", "疫情防控", "突发公共卫生事件处理", "校园安全", "食品安全", "生活无着人员救助", "工资发放",
                 "燃气供应", "电力供应", "自来水供应", "冬季采暖"}
ON_SITE_LEAVES = {"园林绿化环卫", "城管执法", "城市公共设施", "环境卫生", "园林绿化", "基础设施", "违章建筑",
                  "安全隐患", "噪音污染", "大气污染", "水污染", "固体污染", "土壤污染", "其他污染", "食品安全"}
PUBLIC_DOMAINS = {"城乡建设", "环境保护", "交通运输", "商贸旅游", "卫生计生", "教育文体", "劳动和社会保障", "民政"}
LEAF_KEYWORDS = {
    "噪音污染": ["噪音", "噪声", "扰民"], "物业服务": ["物业", "物业费", "物业公司"], "冬季采暖": ["暖气", "供暖", "不热"],
    "自来水供应": ["停水", "水压", "水质"], "电力供应": ["停电", "电压"], "燃气供应": ["燃气", "天然气", "煤气"],
    "公共汽车": ["公交", "公交车", "班次", "站点"], "网约车问题": ["网约车", "打车平台"], "拖欠工程款": ["工程款", "欠款"],
    "工资发放": ["欠薪", "拖欠工资", "讨薪"], "违章建筑": ["违建", "私搭乱建"], "校外机构管理": ["培训机构", "辅导班"],
    "食品安全": ["食品", "过期", "变质"], "房产证登记、办理": ["房产证", "不动产证", "不动产登记"],
    "职工养老保险": ["养老金", "养老保险"], "住房公积金": ["公积金"], "环境卫生": ["垃圾", "卫生"],
    "大气污染": ["废气", "异味", "烟尘"], "水污染": ["污水", "排污"], "小区管理": ["小区", "业委会"],
    "招生录取": ["招生", "入学", "学区"], "乱收费": ["乱收费", "收费"], "交通安全管理": ["红绿灯", "交通安全"],
    "机动车和驾驶员管理": ["驾照", "车辆年检"], "户籍管理": ["户口", "落户"], "婚姻登记": ["结婚登记", "离婚登记"],
    "殡葬管理": ["殡葬", "公墓"], "城镇低保": ["低保"], "农村低保": ["低保"], "商品质量": ["质量问题", "假冒伪劣"],
    "物价监督": ["价格", "涨价", "乱收费"], "出租车管理": ["出租车", "拒载"], "医疗机构管理": ["医院", "诊所"],
}


def unique(words):
    seen = []
    for w in words:
        if w and w not in seen:
            seen.append(w)
    return seen


def row(code, name, path, nature, urgency, description, keywords, public, rule, unit, co, limits, verify, closing):
    return [code, name, "|".join(path), nature, urgency, description, "|".join(keywords), str(public).lower(), rule,
            unit, "|".join(co), *limits, str(verify).lower(), closing, "true"]


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def city_management_rows(units):
    rows = []
    for p in read(SHARED / "city-management/parts.csv"):
        code = p["full_code"]
        rule, unit, co, urgency = PART_RULES[code]
        name = part_name(code, p["minor_name"])
        desc = f"数字城管部件「{p['minor_name']}」（{p['major_name']}类，部件代码 {code}）缺失、破损、移位或功能异常，需维修养护。"
        rows.append(row("CG-" + code, name, ["城乡建设", "城管部件·" + p["major_name"], p["minor_name"]], "COMPLAINT",
                        urgency, desc, part_keywords(code, p["minor_name"]), True, rule, unit, co, ON_SITE, True,
                        CLOSE_PART))
    for e in read(SHARED / "city-management/events.csv"):
        code = e["full_code"]
        rule, unit, co, urgency, nature, limits = EVENT_RULES[code]
        minor = e["minor_name"]
        desc = f"数字城管事件「{minor}」（{e['major_name']}类，事件代码 {code}），由{units[unit]}牵头按职责处置。"
        if rule == LOC:
            desc = f"数字城管事件「{minor}」（{e['major_name']}类，事件代码 {code}），由事发地街道（镇）属地处置，{units[unit]}为主管部门。"
        public = nature != "REPORT"
        rows.append(row("CE-" + code, minor, ["城乡建设", "城管事件·" + e["major_name"], minor], nature, urgency, desc,
                        unique([minor] + EVENT_KEYWORDS.get(code, [])), public, rule, unit, co, limits, True,
                        CLOSE_EVENT))
    return rows


def taxonomy_rows(units):
    taxonomy = read(SHARED / "teddy2020/attachment1_label_taxonomy.csv")
    leaf_counts = Counter(t["三级分类"] for t in taxonomy)
    middles, leaves, rows = {}, {}, []
    for t in taxonomy:
        domain, middle, leaf = t["一级分类"], t["二级分类"], t["三级分类"]
        m = middles.setdefault(domain, {}).setdefault(middle, len(middles.get(domain, {})) + 1)
        n = leaves[(domain, middle)] = leaves.get((domain, middle), 0) + 1
        code = f"{DOMAIN_CODES[domain]}-{m:02d}{n:02d}"
        rule, unit, co = LEAF_UNITS.get((domain, middle, leaf)) or MIDDLE_UNITS.get((domain, middle)) \
            or (DEP, DOMAIN_UNITS[domain], [])
        if leaf == "其他":
            name = (domain if middle == "其他" else middle) + "其他事项"
        elif leaf_counts[leaf] > 1 and leaf != middle:
            name = f"{leaf}（{middle}）"
        else:
            name = leaf
        if domain == "纪检监察" or leaf in REPORT_LEAVES:
            nature = "REPORT"
        elif "政策" in leaf or leaf.endswith("待遇") or leaf.endswith("标准") or leaf.endswith("申报"):
            nature = "CONSULT"
        elif "改革" in leaf or "规划" in leaf:
            nature = "SUGGESTION"
        else:
            nature = "COMPLAINT"
        urgency = "URGENT" if leaf in URGENT_LEAVES else "NORMAL"
        on_site = leaf in ON_SITE_LEAVES
        limits = ON_SITE if on_site else STANDARD
        where = "由诉求发生地街道（镇）属地办理，" + units[unit] + "为主管部门" if rule == LOC else "由" + units[unit] + "牵头办理"
        subject = middle if leaf == "其他" else leaf
        desc = f"{domain}·{middle}类诉求中涉及「{subject}」的事项，{where}。"
        keywords = unique([leaf if leaf != "其他" else middle] + [w for w in split_words(leaf)]
                          + LEAF_KEYWORDS.get(leaf, []))
        public = domain in PUBLIC_DOMAINS and leaf != "其他" and nature != "REPORT"
        rows.append(row(code, name, [domain, middle, leaf], nature, urgency, desc, keywords, public, rule, unit, co,
                        limits, on_site, CLOSE_BY_NATURE[nature]))
    return rows


def split_words(text):
    for sep in "和与及、":
        text = text.replace(sep, "|")
    parts = [p for p in text.split("|") if len(p) >= 2]
    return parts if len(parts) > 1 else []


def main():
    units = {u["code"]: u["name"] for u in read(Path("src/main/resources/data/weihai/units.csv"))}
    rows = city_management_rows(units) + taxonomy_rows(units)
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate item codes"
    for r in rows:
        for u in [r[9]] + [c for c in r[10].split("|") if c]:
            assert u in units, f"{r[0]}: unknown unit {u}"
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"{len(rows)} items written to {OUT}")


if __name__ == "__main__":
    main()
