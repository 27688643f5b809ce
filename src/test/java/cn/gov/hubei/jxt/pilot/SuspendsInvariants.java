package cn.gov.hubei.jxt.pilot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that moves applications below the modules that keep an invariant across modules (e.g. the application
 * module's own tests take a recommender's decision with {@code ProjectApplications.decide}, without the
 * recommendation module's list): the rows it leaves breaking the named {@link DatabaseInvariants} are its own and are
 * accepted after it; every other class is still checked for them, and the class itself for every other invariant.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface SuspendsInvariants {

    /** The names of the suspended invariants ({@code DatabaseInvariants.WITH_PROVINCE_ON_LIST} …). */
    String[] value();

    /** Why the class acts below the owning modules. */
    String because();
}
