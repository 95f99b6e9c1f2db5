// tfjs as losscape uses it, set up in this one place (each module that uses tfjs imports
// '@tensorflow/tfjs-core' and this file): tfjs-core with all its gradients (without
// them autodiff fails with "gradient function not found") and the cpu backend (Node, and the last
// resort in the browser). The webgl and wasm backends are loaded on demand by backend.ts and the
// surface worker, only where one is tried. Not the umbrella '@tensorflow/tfjs': it adds
// tfjs-layers, -converter and -data (~193 KB minified of layers alone), which nothing here uses.
// Core first: its flags must exist before the gradients and the backend register.
import '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
