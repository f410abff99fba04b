package dev.byline.kernel.eval;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the bytecode of what a session loads (cell snippets, and classes of jars the session added) so that
 * <ul>
 * <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} call {@link ExitGuard} instead, which
 *     throws: a cell or a library it calls cannot end the kernel, and the report names the call and the class;</li>
 * <li>every method start and backward branch checks the session's stop flag (as JShell's own engine does for
 *     snippets), so an interrupt stops a hot loop in a cell or in an added library.</li>
 * </ul>
 * A class file this ASM cannot read is loaded unchanged rather than not at all.
 */
final class SnippetBytecode {
    /** The per-session class holding the stop flag; generated into the session's class loader. */
    static final String STOP_CLASS = "REPL.$BylineStop$";
    private static final String STOP_INTERNAL = STOP_CLASS.replace('.', '/');
    private static final String GUARD = "dev/byline/kernel/eval/ExitGuard";

    private SnippetBytecode() {
    }

    static byte[] rewrite(byte[] bytecode) {
        try {
            ClassReader reader = new ClassReader(bytecode);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            String[] owner = new String[1];
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String sig, String superName, String[] itfs) {
                    owner[0] = name.replace('/', '.');
                    super.visit(version, access, name, sig, superName, itfs);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
                    return (access & Opcodes.ACC_ABSTRACT) != 0 || (access & Opcodes.ACC_NATIVE) != 0 ? mv
                            : new Guarded(mv, owner[0]);
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            return bytecode;
        }
    }

    /** The class holding the stop flag: {@code public static volatile boolean stop; public static void check()}. */
    static byte[] stopClass() {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, STOP_INTERNAL, null,
                "java/lang/Object", null);
        FieldVisitor f = w.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_VOLATILE, "stop", "Z", null, null);
        f.visitEnd();
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "check", "()V", null, null);
        m.visitCode();
        Label go = new Label();
        m.visitFieldInsn(Opcodes.GETSTATIC, STOP_INTERNAL, "stop", "Z");
        m.visitJumpInsn(Opcodes.IFEQ, go);
        m.visitTypeInsn(Opcodes.NEW, "dev/byline/kernel/eval/CellStopped");
        m.visitInsn(Opcodes.DUP);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "dev/byline/kernel/eval/CellStopped", "<init>", "()V", false);
        m.visitInsn(Opcodes.ATHROW);
        m.visitLabel(go);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /** One method: exit calls guarded, stop checks at the start and before each backward jump. */
    private static final class Guarded extends MethodVisitor {
        private final String owner;
        private final Set<Label> seen = new HashSet<>();

        Guarded(MethodVisitor mv, String owner) {
            super(Opcodes.ASM9, mv);
            this.owner = owner;
        }

        private void stopCheck() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_INTERNAL, "check", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            stopCheck();
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                stopCheck();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitMethodInsn(int op, String mowner, String name, String desc, boolean itf) {
            if (op == Opcodes.INVOKESTATIC && mowner.equals("java/lang/System") && name.equals("exit") && desc.equals("(I)V")) {
                super.visitLdcInsn("System.exit|" + owner);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", "(ILjava/lang/String;)V", false);
            } else if (op == Opcodes.INVOKEVIRTUAL && mowner.equals("java/lang/Runtime")
                    && (name.equals("exit") || name.equals("halt")) && desc.equals("(I)V")) {
                super.visitLdcInsn("Runtime." + name + "|" + owner);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", "(Ljava/lang/Runtime;ILjava/lang/String;)V", false);
            } else {
                super.visitMethodInsn(op, mowner, name, desc, itf);
            }
        }
    }
}
