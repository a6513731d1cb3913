"""Scores articles on Apache Spark with the slant Python package.

Reads Parquet or JSON Lines (a directory or files; fields `text` and, when present,
`id`, `title`, `outlet`), or WARC crawls (`.warc`, `.warc.gz`, a file or a directory
of them: every HTML response record an article, as `slant score` reads one: its id
the record's URI, its outlet the URI's host), scores each partition inside
`mapInArrow`, and writes Parquet: the figures of `slant score --format tsv`
(unrounded) plus `report`, the article's `slant score --format json` line.

Local:   python examples/spark_score.py articles.jsonl scored.parquet --master 'local[2]'
         python examples/spark_score.py crawl-dir/ scored.parquet --master 'local[2]'
Cluster: spark-submit with the wheel installed on every executor (a packed venv
         shipped with --archives); see docs/python.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

def _model(path, frames, top):
    """The model, loaded once per Python worker: kept on the `slant` module, which
    outlives the tasks a reused worker runs (this function is shipped by value)."""
    import slant

    key = (path, frames, top)
    cache = slant.__dict__.setdefault("_spark_models", {})
    if key not in cache:
        kwargs = dict(frames=frames, top=top)
        cache[key] = slant.Model.load(path, **kwargs) if path else slant.Model.builtin(**kwargs)
    return cache[key]


def output_schema(model):
    """The Spark schema of the output: the TSV columns, then `report`."""
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    names = list(model.score_columns([]))
    kinds = {"id": StringType(), "outlet": StringType(), "label": StringType(),
             "words": LongType(), "voices": LongType()}
    fields = [StructField(n, kinds.get(n, DoubleType())) for n in names]
    return StructType(fields + [StructField("report", StringType())])


def score_batches(batches, model_path=None, frames=True, top=5, threads=1):
    """`mapInArrow`'s function: each Arrow batch of articles -> a batch of scores."""
    import pyarrow as pa

    model = _model(model_path, frames, top)
    for batch in batches:
        names = batch.schema.names

        def column(name):
            return batch.column(names.index(name)).to_pylist() if name in names else None

        texts = [t if t is not None else "" for t in column("text")]
        ids = [str(i) for i in column("id")]
        kw = dict(ids=ids, titles=column("title"), outlets=column("outlet"))
        cols = model.score_columns(texts, threads, **kw)
        cols["report"] = model.score_json(texts, threads, **kw)
        kinds = {"id": pa.string(), "outlet": pa.string(), "label": pa.string(),
                 "report": pa.string(), "words": pa.int64(), "voices": pa.int64()}
        arrays = [pa.array(v, type=kinds.get(k, pa.float64())) for k, v in cols.items()]
        yield pa.RecordBatch.from_arrays(arrays, names=list(cols))


#: File names read as WARC crawls.
WARC_SUFFIXES = (".warc", ".warc.gz")


def warc_files(path):
    """The WARC files `path` names: itself, or the WARC files of a directory (sorted);
    empty when it names none. Executors open them by path, so on a cluster they must
    be on a file system every executor mounts."""
    local = path[len("file://"):] if path.startswith("file://") else path
    if os.path.isdir(local):
        return sorted(os.path.join(local, n) for n in os.listdir(local)
                      if n.endswith(WARC_SUFFIXES))
    return [local] if local.endswith(WARC_SUFFIXES) else []


def extract_warc(path, max_article_bytes=10_000_000):
    """The articles of one WARC, as (id, title, outlet, text) rows: what `slant score`
    scores for each HTML response record. Records that cannot be read are passed
    over, as the CLI passes them, and counted on the executor's stderr."""
    import slant

    found = slant.extract(path, max_article_bytes=max_article_bytes)
    for a in found:
        yield (a["id"], a["title"], slant.host(a["url"]) if a["url"] else None, a["text"])
    if found.skipped:
        print(f"spark_score: {path}: skipped {found.skipped} records that could not be read "
              f"(first: {found.errors[0]})", file=sys.stderr)


def read_articles(spark, path):
    """WARC crawls, Parquet or JSON Lines, by the path's name; an `id` is made where absent."""
    from pyspark.sql import functions as F

    warcs = warc_files(path)
    if warcs:
        # One task a file: a crawl is read as a stream, with flat memory.
        rows = spark.sparkContext.parallelize(warcs, len(warcs)).flatMap(extract_warc)
        return spark.createDataFrame(
            rows, "id STRING, title STRING, outlet STRING, text STRING")

    is_parquet = path.rstrip("/").endswith(".parquet")
    # JSON Lines with the fields' schema given: no pass over the data to infer one.
    fields = "id STRING, title STRING, outlet STRING, text STRING"
    df = spark.read.parquet(path) if is_parquet else spark.read.schema(fields).json(path)
    if "text" not in df.columns:
        raise SystemExit(f"{path}: no `text` field; the fields are {df.columns}")
    made = F.monotonically_increasing_id().cast("string")
    df = df.withColumn("id", F.coalesce(F.col("id").cast("string"), made) if "id" in df.columns else made)
    keep = [c for c in ("id", "title", "outlet", "text") if c in df.columns]
    return df.select(*[F.col(c).cast("string") for c in keep])


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input", help="WARC (*.warc, *.warc.gz), Parquet (*.parquet) or JSON Lines; "
                   "a file or a directory")
    p.add_argument("output", help="Parquet directory to write (replaced)")
    p.add_argument("--master", default=None, help="e.g. local[2]; spark-submit sets it otherwise")
    p.add_argument("--model", default=None, help="model file; the embedded default when absent")
    p.add_argument("--no-frames", action="store_true", help="do not score frames")
    p.add_argument("--top", type=int, default=5, help="terms listed toward each label")
    p.add_argument("--partitions", type=int, default=None, help="repartition the input")
    p.add_argument("--batch-rows", type=int, default=512, help="rows per Arrow batch")
    args = p.parse_args(argv)

    # Workers run the same Python as the driver unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    builder = SparkSession.builder.appName("slant-score")
    if args.master:
        builder = builder.master(args.master)
    spark = (builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_rows))
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    up = time.perf_counter()

    frames = not args.no_frames
    schema = output_schema(_model(args.model, frames, args.top))
    df = read_articles(spark, args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    model_path, top = args.model, args.top
    scored = df.mapInArrow(
        lambda it: score_batches(it, model_path, frames, top), schema)
    scored.write.mode("overwrite").parquet(args.output)
    done = time.perf_counter()
    rows = spark.read.parquet(args.output).count()
    print(f"spark_score: {rows} articles; start-up {up - started:.1f} s, "
          f"job {done - up:.1f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
