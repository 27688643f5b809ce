package cn.gov.hubei.jxt.pilot.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Makes {@link ApplicationDocuments} a bean configured by {@code app.documents.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

    @Bean
    ApplicationDocuments applicationDocuments(MessageSource messageSource, DocumentsProperties properties,
                                              Clock clock) {
        return new ApplicationDocuments(messageSource, properties, clock);
    }
}
