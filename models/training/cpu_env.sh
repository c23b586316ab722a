# Sourced by the run_round*.sh scripts: CPU settings for PyTorch training on this machine.
# THREADS=2 uses both cores: OpenBLAS (torch's BLAS here) doubles its matmul GFLOPS with 2 threads;
# OMP_WAIT_POLICY=PASSIVE keeps idle OpenMP threads from spinning. tcmalloc: ~30x the default
# allocator's speed for this training.
export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4
threads="${THREADS:-1}"
export OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads MKL_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
