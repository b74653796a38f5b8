// The UI is built once into dist/, which the Tauri binary embeds. Everything
// it shows (code, styles, fonts) comes from that folder: nothing is loaded
// from a network, and no inline script is emitted, so the strict CSP in
// src-tauri/tauri.conf.json holds.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
