package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;

class SteadyFileManagerTest {
    /** The options that reached the wrapped file manager, as "option value". */
    private final List<String> reached = new ArrayList<>();

    private StandardJavaFileManager recording() {
        return (StandardJavaFileManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StandardJavaFileManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("handleOption")) {
                        @SuppressWarnings("unchecked")
                        Iterator<String> values = (Iterator<String>) args[1];
                        reached.add(args[0] + " " + (values.hasNext() ? values.next() : ""));
                        return true;
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    @Test
    void aRepeatedMultiReleaseValueDoesNotReachTheFileManagerSoItsClassPathIndexIsKept() {
        SteadyFileManager fm = new SteadyFileManager(recording());
        for (int compilation = 0; compilation < 4; compilation++) {   // javac sets it at the start of every compilation
            assertTrue(fm.handleOption("--multi-release", List.of("25").iterator()));
        }
        assertEquals(List.of("--multi-release 25"), reached);
    }

    @Test
    void aChangedMultiReleaseValueAndEveryOtherOptionStillReachTheFileManager() {
        SteadyFileManager fm = new SteadyFileManager(recording());
        fm.handleOption("--multi-release", List.of("25").iterator());
        fm.handleOption("-classpath", List.of("a.jar").iterator());   // JShell adding a jar: the index must be rebuilt
        fm.handleOption("-classpath", List.of("a.jar").iterator());
        fm.handleOption("--multi-release", List.of("21").iterator());
        assertEquals(List.of("--multi-release 25", "-classpath a.jar", "-classpath a.jar", "--multi-release 21"), reached);
    }
}
