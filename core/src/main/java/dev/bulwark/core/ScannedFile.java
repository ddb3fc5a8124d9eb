package dev.bulwark.core;

/**
 * A file a front end read.
 *
 * @param path   relative to the base directory, {@code /}-separated
 * @param format the front end's format
 * @param bytes  the file's size
 */
public record ScannedFile(String path, String format, long bytes) {}
