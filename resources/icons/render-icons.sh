#!/bin/sh
# Renders the icons from their drawings (ImageMagick MVG, the same shapes as
# gatehouse.svg) into the PNG sizes the console and the desktop use. Run after
# changing a drawing; the PNGs are committed so the build needs no renderer.
set -eu
cd "$(dirname "$0")"
render() { # drawing size output
    convert -background none -density 300 "mvg:$1" -resize "$2x$2" -strip "PNG32:$3"
}
for size in 16 24 32 48 64 128 256; do
    render gatehouse.mvg "$size" "gatehouse-$size.png"
done
for size in 24 48; do
    render audit-log.mvg "$size" "audit-log-$size.png"
done
