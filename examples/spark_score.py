"""Scores articles on Apache Spark with the slant Python package.

Reads Parquet or JSON Lines (a directory or files; fields `text` and, when present,
`id`, `title`, `outlet`), scores each partition inside `mapInArrow`, and writes
Parquet: the figures of `slant score --format tsv` (unrounded) plus `report`, the
article's `slant score --format json` line.

Local:   python examples/spark_score.py articles.jsonl scored.parquet --master 'local[2]'
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


def read_articles(spark, path):
    """Parquet when the path says so, JSON Lines otherwise; an `id` is made where absent."""
    from pyspark.sql import functions as F

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
    p.add_argument("input", help="Parquet (*.parquet) or JSON Lines, file or directory")
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
