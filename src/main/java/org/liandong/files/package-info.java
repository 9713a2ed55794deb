/**
 * Uploaded files (evidence photos, documents) behind a file store: a local directory under the data directory by
 * default. Content type and size are checked on upload.
 * <p>
 * Tables owned: {@code fs_file}. Events published: none. Depends on: {@code identity} (the uploader), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.liandong.files;
