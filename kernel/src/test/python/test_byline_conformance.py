"""Jupyter's kernel conformance suite (jupyter_kernel_test) run against the installed Byline kernel.

Run: JUPYTER_PATH=<dir holding kernels/byline> /usr/bin/python3 -m unittest -v test_byline_conformance
(BYLINE_KERNEL_NAME picks another kernelspec name). The JUnit class KernelConformanceIT does this in
`./mvnw verify` after installing the kernel from the shaded jar into a temporary prefix.
"""
import os
import unittest

import jupyter_kernel_test


class BylineKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("BYLINE_KERNEL_NAME", "byline")

    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("a warning on stderr");'

    completion_samples = [
        {"text": "Integer.toBinaryStr", "matches": {"toBinaryString("}},
        {"text": "Table.crea", "matches": {"create("}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "void greet() { System.out.println(\"hi\"); }", "%lsmagic"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void greet() {", "int x = 1 +"]
    invalid_code_samples = ["}", "int x = ;", "\"an unterminated string"]

    code_page_something = "Math.max?"

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"Byline\".length()", "result": "6"},
        {"code": "Table.create(\"t\", IntColumn.create(\"n\", 1, 2, 3))", "mime": "text/html"},
    ]

    code_display_data = [
        {"code": "display(html(\"<b>bold</b>\"));", "mime": "text/html"},
        {"code": "display(svg(\"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>\"));",
         "mime": "image/svg+xml"},
        {"code": "display(Table.create(\"t\", StringColumn.create(\"s\", \"<a>\")));", "mime": "text/html"},
    ]

    code_history_pattern = "6 * 7"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main()
