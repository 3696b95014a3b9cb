using System.Runtime.InteropServices;
using System.Text;

namespace Minutes.Reading;

/// <summary>
/// libtesseract, the library behind the tesseract command (Debian's libtesseract5, installed with tesseract-ocr), called
/// in-process through its C API. One <see cref="Reader"/> holds a loaded language model and reads one page at a time.
/// </summary>
/// <remarks>
/// The library is opened by path for each engine, not bound once for the process, so that a setting pointing elsewhere
/// takes effect (tests point it nowhere to prove that no OCR runs). Pages are read through the same call the command
/// makes (TessBaseAPIProcessPages with a TSV renderer), so the text is the command's, less its process start and
/// model load.
/// </remarks>
internal sealed unsafe partial class TesseractLibrary
{
    private static readonly string[] DefaultNames = ["libtesseract.so.5", "libtesseract.so", "libtesseract.dylib", "tesseract53.dll"];
    private static readonly Lock Loading = new();
    private static bool threadsLimited;

    private readonly delegate* unmanaged<nint> create;
    private readonly delegate* unmanaged<nint, void> delete;  // of a reader whose model cannot be loaded
    private readonly delegate* unmanaged<nint, byte*, byte*, int> init3;
    private readonly delegate* unmanaged<nint, byte*, byte*, int> setVariable;
    private readonly delegate* unmanaged<nint, int, void> setPageSegMode;
    private readonly delegate* unmanaged<nint, byte*, byte*, int, nint, int> processPages;
    private readonly delegate* unmanaged<nint, void> clear;
    private readonly delegate* unmanaged<byte*, nint> tsvRendererCreate;
    private readonly delegate* unmanaged<nint, void> deleteRenderer;

    private TesseractLibrary(nint library)
    {
        create = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "TessBaseAPICreate");
        delete = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "TessBaseAPIDelete");
        init3 = (delegate* unmanaged<nint, byte*, byte*, int>)NativeLibrary.GetExport(library, "TessBaseAPIInit3");
        setVariable = (delegate* unmanaged<nint, byte*, byte*, int>)NativeLibrary.GetExport(library, "TessBaseAPISetVariable");
        setPageSegMode = (delegate* unmanaged<nint, int, void>)NativeLibrary.GetExport(library, "TessBaseAPISetPageSegMode");
        processPages = (delegate* unmanaged<nint, byte*, byte*, int, nint, int>)NativeLibrary.GetExport(library, "TessBaseAPIProcessPages");
        clear = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "TessBaseAPIClear");
        tsvRendererCreate = (delegate* unmanaged<byte*, nint>)NativeLibrary.GetExport(library, "TessTsvRendererCreate");
        deleteRenderer = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "TessDeleteResultRenderer");
    }

    /// <summary>Opens the library at <paramref name="path"/>, or by its usual names when empty.</summary>
    public static TesseractLibrary Load(string path)
    {
        lock (Loading)
        {
            LimitOpenMpThreads();
            var names = path.Length > 0 ? [path] : DefaultNames;
            foreach (var name in names)
            {
                if (!NativeLibrary.TryLoad(name, out var library)) continue;
                try
                {
                    return new TesseractLibrary(library);
                }
                catch (EntryPointNotFoundException e)
                {
                    throw new InvalidOperationException($"{name} is not a Tesseract 5 library ({e.Message}); set Ocr:TesseractLibrary", e);
                }
            }
            throw new InvalidOperationException(
                $"cannot load Tesseract ({string.Join(", ", names)}): install tesseract-ocr, or set Ocr:TesseractLibrary");
        }
    }

    /// <summary>A reader with <paramref name="languages"/> loaded; the model stays loaded as long as the app runs.</summary>
    public Reader Open(string languages)
    {
        var api = create();
        fixed (byte* language = Utf8(languages))
        fixed (byte* name = Utf8("debug_file"))
        fixed (byte* nowhere = Utf8("/dev/null"))
        {
            // Tesseract's notes ("Estimating resolution as 245") would fill the app's console, a line per page.
            setVariable(api, name, nowhere);
            if (init3(api, null, language) != 0)
            {
                delete(api);
                throw new InvalidOperationException(
                    $"Tesseract cannot load the language model '{languages}' (setting Ocr:Languages): install tesseract-ocr-{languages.Split('+')[0]}");
            }
        }
        return new Reader(this, api);
    }

    /// <summary>One loaded model. Not for two threads at once: each parallel page has its own.</summary>
    public sealed class Reader(TesseractLibrary library, nint api)
    {
        /// <summary>
        /// Reads every page (frame) of an image file into TSV, as <c>tesseract IMAGE OUTPUT --psm MODE tsv</c> would write it;
        /// false when the image cannot be decoded or a page ran past <paramref name="timeout"/>.
        /// </summary>
        public bool TryRead(string image, int pageSegmentation, TimeSpan timeout, string outputBase, out string tsv)
        {
            tsv = "";
            bool read;
            fixed (byte* file = Utf8(image))
            fixed (byte* output = Utf8(outputBase))
            {
                library.setPageSegMode(api, pageSegmentation);
                var renderer = library.tsvRendererCreate(output);
                try
                {
                    read = library.processPages(api, file, null, (int)Math.Min(timeout.TotalMilliseconds, int.MaxValue), renderer) != 0;
                }
                finally
                {
                    // The renderer writes the file as it goes and closes it when deleted.
                    library.deleteRenderer(renderer);
                    library.clear(api);
                }
            }
            var written = outputBase + ".tsv";
            if (read) tsv = File.ReadAllText(written);
            File.Delete(written);
            return read;
        }
    }

    // Tesseract's LSTM asks OpenMP for 4 threads a layer; pages already run in parallel, one per core, and the extra
    // threads only contend for the same cores (the command line is run with OMP_THREAD_LIMIT=1 for the same reason).
    // OpenMP reads the limit from the environment once, when it is loaded, so it is set before the first library
    // loads: in the native environment, which .NET's Environment.SetEnvironmentVariable does not change on Unix.
    private static void LimitOpenMpThreads()
    {
        if (threadsLimited || OperatingSystem.IsWindows()) return;
        threadsLimited = true;
        SetEnv("OMP_THREAD_LIMIT", "1", 1);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s + '\0');
}
