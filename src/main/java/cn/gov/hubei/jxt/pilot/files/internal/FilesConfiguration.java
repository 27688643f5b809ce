package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    @Bean
    FileLimits fileLimits(FilesProperties properties) {
        return new FileLimits(properties.maxFileSize(), properties.maxPerApplication());
    }

    @Bean
    BlobDirectory blobDirectory(FilesProperties properties) {
        return BlobDirectory.open(properties.directory());
    }
}
