# The default lean model's training options, in one place: sourced by
# scripts/train-default.sh (which ships the model) and benches/ordering_holdout.sh (which
# retrains the same recipe without the stories it measures on).
# shellcheck disable=SC2034
default_opts=(--group-field publisher --min-df 25 --max-per-group 1000 --features 20000
              --max-group-share 0.3 --fingerprint-filter --length-neutral --block-penalty 10)
