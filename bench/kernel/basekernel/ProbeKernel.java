import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * The smallest kernel on jupyter-jvm-basekernel 2.3.0: it answers every cell with the cell's own
 * text, so request-to-reply time is the base library's protocol overhead alone. Used by
 * probe.py to decide whether Byline could build on it (see the README beside this file).
 */
public class ProbeKernel extends BaseKernel {
    @Override
    public DisplayData eval(String expr) {
        return new DisplayData(expr);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("probe").version("1").mimetype("text/plain").fileExtension(".txt").build();
    }

    public static void main(String[] args) throws Exception {
        JupyterSocket.JUPYTER_LOGGER.setLevel(Level.WARNING);
        JupyterConnection connection = new JupyterConnection(
                KernelConnectionProperties.parse(Files.readString(Path.of(args[0]))));
        new ProbeKernel().becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
