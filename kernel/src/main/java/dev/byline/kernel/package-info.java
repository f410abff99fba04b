/**
 * The Byline Jupyter kernel: JShell evaluation, display, magics, kernelspec install and the headless
 * notebook runner. It knows the toolkit and never the command line.
 */
package dev.byline.kernel;
