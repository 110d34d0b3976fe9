package org.firststep.platform.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where FirstStep keeps its files.
 *
 * @param dataDir the data directory; the embedded SQLite database lives here
 * ({@code firststep.data-dir}, environment {@code FIRSTSTEP_DATA_DIR})
 */
@ConfigurationProperties("firststep")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {
}
