package dev.saldo.mobile.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Jackson builds the API's records by reflection, which a native image only allows for classes in the
 * GluonFX plugin's reflectionList: every shared record or enum the phone reads or sends must be there,
 * or the Android/iOS app fails at run time while every desktop test passes.
 */
class NativeReflectionListTest {

    @Test
    void every_json_record_the_phone_reads_or_sends_is_in_the_native_reflection_list() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Set<Class<?>> wire = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Method method : Account.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                collect(method.getGenericReturnType(), wire);
                for (Type parameter : method.getGenericParameterTypes()) {
                    collect(parameter, wire);
                }
            }
        }

        assertThat(wire).extracting(Class::getName).contains("dev.saldo.domain.api.Summary",
                "dev.saldo.domain.plan.api.ProposalBasis$Policy", "dev.saldo.domain.plan.Frequency");
        assertThat(wire).allSatisfy(type -> assertThat(pom).as(type.getName()).contains("<list>" + type.getName() + "</list>"));
    }

    private static void collect(Type type, Set<Class<?>> wire) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), wire);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, wire);
            }
        } else if (type instanceof Class<?> cls && cls.getName().startsWith("dev.saldo.domain.")
                && (cls.isRecord() || cls.isEnum()) && wire.add(cls) && cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), wire);
            }
        }
    }
}
