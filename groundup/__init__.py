__version__ = "0.0.1"

import os as _os
if _os.environ.get('IN_TEST') and 'OMP_NUM_THREADS' not in _os.environ:
    # `nbdev_test` sets IN_TEST and runs one notebook per core side by side. If each also used one
    # torch thread per core, the threads would fight over the cores and the suite would run ~7x
    # slower (measured: 10 min instead of 1.5 on 2 cores). One thread per test process avoids it;
    # the environment variable carries the setting into subprocesses such as `groundup train`.
    _os.environ['OMP_NUM_THREADS'] = '1'
    import torch as _torch
    _torch.set_num_threads(1)
