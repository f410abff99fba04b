package dev.byline.kernel.eval;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Keeps a cell's {@code System.exit(n)} (or {@code Runtime.getRuntime().exit/halt(n)}) from ending
 * the kernel process: snippet bytecode calls {@link #exit(int)} instead, which throws
 * {@link ExitRequestedException}; the kernel reports it and keeps the session. Library code that
 * calls {@code System.exit} is not rewritten; for that the kernel's shutdown hook explains the exit.
 */
public final class ExitGuard {
    private ExitGuard() {
    }

    /** Called by rewritten snippet code in place of {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new ExitRequestedException(status);
    }

    /** Called by rewritten snippet code in place of {@code runtime.exit(status)} or {@code halt}. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitRequestedException(status);
    }

    static byte[] rewrite(byte[] bytecode) {
        try {
            ClassReader reader = new ClassReader(bytecode);
            ClassWriter writer = new ClassWriter(reader, 0);
            boolean[] changed = {false};
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, sig, ex)) {
                        @Override
                        public void visitMethodInsn(int op, String owner, String mname, String mdesc, boolean itf) {
                            String guard = "dev/byline/kernel/eval/ExitGuard";
                            if (op == Opcodes.INVOKESTATIC && owner.equals("java/lang/System")
                                    && mname.equals("exit") && mdesc.equals("(I)V")) {
                                changed[0] = true;
                                super.visitMethodInsn(Opcodes.INVOKESTATIC, guard, "exit", "(I)V", false);
                            } else if (op == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                                    && (mname.equals("exit") || mname.equals("halt")) && mdesc.equals("(I)V")) {
                                changed[0] = true;
                                super.visitMethodInsn(Opcodes.INVOKESTATIC, guard, "exit", "(Ljava/lang/Runtime;I)V", false);
                            } else {
                                super.visitMethodInsn(op, owner, mname, mdesc, itf);
                            }
                        }
                    };
                }
            }, 0);
            return changed[0] ? writer.toByteArray() : bytecode;
        } catch (RuntimeException e) {
            // A class file newer than this ASM understands: run it unguarded rather than not at all.
            return bytecode;
        }
    }
}
