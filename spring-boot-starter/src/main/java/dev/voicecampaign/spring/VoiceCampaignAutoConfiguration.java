package dev.voicecampaign.spring;

import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.core.inmemory.StreamResourceNames;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.RequestRules;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.JdbcCampaignRepository;
import dev.voicecampaign.json.VoiceCampaignModule;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.ListRules;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.rules.beanvalidation.CampaignConstraintValidatorFactory;
import dev.voicecampaign.rules.beanvalidation.CampaignDraftValidator;
import java.time.Clock;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * What an application gets by adding the starter, each bean replaceable by declaring one of the same type:
 * <ul>
 *   <li>the standard rules ({@link CampaignValidator});</li>
 *   <li>{@link VoiceCampaignModule}, which Spring Boot registers on the application's {@code JsonMapper}, so
 *       controllers read {@code CampaignDraft} bodies and write campaigns and problem documents in the wire format;</li>
 *   <li>the Bean Validation bridge: {@code @Valid @ValidCampaign} on a controller parameter runs these rules
 *       through the application's validator, names checked in {@code voicecampaign.validation-stream};</li>
 *   <li>{@link Directories} holding the names under {@code voicecampaign.streams};</li>
 *   <li>with one {@link DataSource}: its schema migrated, the JDBC repository over it and the use cases
 *       ({@link CampaignService}), preparation run on the application's task executor.</li>
 * </ul>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration"},
        beforeName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"})
@EnableConfigurationProperties(VoiceCampaignProperties.class)
public class VoiceCampaignAutoConfiguration {
    /** The bean name of the executor Spring Boot configures for application work. */
    static final String APPLICATION_TASK_EXECUTOR = "applicationTaskExecutor";

    @Bean
    @ConditionalOnMissingBean
    public CampaignValidator campaignRules() {
        return CampaignRules.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    public VoiceCampaignModule voiceCampaignModule() {
        return new VoiceCampaignModule();
    }

    @Bean
    @ConditionalOnMissingBean
    public Directories campaignDirectories(VoiceCampaignProperties properties) {
        return StreamResourceNames.directories(properties.resourceNames());
    }

    /** Gives {@code @ValidCampaign} the rules and directories; every other constraint keeps Spring's own factory. */
    @Bean
    public ValidationConfigurationCustomizer campaignValidationCustomizer(ApplicationContext context, CampaignValidator rules,
                                                                         Directories directories, VoiceCampaignProperties properties) {
        ValidationContext validationContext = properties.validationStreamId()
                .map(stream -> new ValidationContext(stream, directories))
                .orElse(CampaignDraftValidator.SHAPE_ONLY);
        return configuration -> configuration.constraintValidatorFactory(new CampaignConstraintValidatorFactory(
                new SpringConstraintValidatorFactory(context.getAutowireCapableBeanFactory()), rules, validationContext));
    }

    /** The use cases over the application's database. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class CampaignStorageConfiguration {
        @Bean
        @ConditionalOnMissingBean
        public CampaignRepository campaignRepository(DataSource dataSource, VoiceCampaignProperties properties) {
            if (properties.migrates()) CampaignDatabase.migrate(dataSource);
            return new JdbcCampaignRepository(dataSource);
        }

        @Bean
        @ConditionalOnMissingBean
        public CampaignService campaignService(CampaignValidator rules, Directories directories, CampaignRepository repository,
                                               ObjectProvider<Clock> clock,
                                               @Qualifier(APPLICATION_TASK_EXECUTOR) ObjectProvider<Executor> executor) {
            Clock time = clock.getIfAvailable(Clock::systemUTC);
            return new CampaignService(new RequestRules(rules, new ScheduleRules(), new ListRules()), directories, repository,
                    new RandomIdGenerator(time), time, Lifecycle.standard(), executor.getIfAvailable(() -> Runnable::run));
        }
    }
}
