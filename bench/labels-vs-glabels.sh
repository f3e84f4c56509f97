#!/bin/sh
# Issue 4's label figures, from the command line, side by side:
# - the same 1,000-label job from a CSV (name, lot, a Digital Link QR per row) on Avery L7160,
#   by glabels-3-batch (Debian: apt-get install glabels) and by bin/tradekit labels --csv;
# - 10,000 serialised traceability labels of one lot on Avery L7160.
# Wall time is the best of RUNS runs (default 3), after one warm-up run of each (it makes
# bin/tradekit's class-data archive). Needs `mvn -B package -DskipTests` first, and sqlite3 and bc.
# Run it on a quiet machine.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
tk="$here/bin/tradekit"
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

i=1
echo "name,lot,qr" > "$work/job.csv"
while [ $i -le 1000 ]; do
  printf 'Trà Shan tuyết cổ thụ Hà Giang %d,TEA-260507-%04d,https://trace.htx-hagiang.vn/01/08938505974012/10/TEA-260507-%04d/21/%d\n' \
    $i $i $i $i >> "$work/job.csv"
  i=$((i + 1))
done
cat > "$work/job.glabels" <<XML
<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Avery" part="L7160" size="A4" description="Mailing labels">
    <Label-rectangle id="0" width="181.4pt" height="108.0pt" round="5pt" x_waste="0pt" y_waste="0pt">
      <Markup-margin size="5pt"/>
      <Layout nx="3" ny="7" x0="21.2pt" y0="43.9pt" dx="187.2pt" dy="108.0pt"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-text x="6pt" y="8pt" w="95pt" h="50pt" justify="Left" valign="Top" auto_shrink="True" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span color="0x000000ff" font_family="Noto Sans" font_size="10" font_weight="Bold" font_italic="False" line_spacing="1"><Field name="name"/></Span>
    </Object-text>
    <Object-text x="6pt" y="62pt" w="95pt" h="14pt" justify="Left" valign="Top" auto_shrink="True" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span color="0x000000ff" font_family="Noto Sans" font_size="8" font_weight="Regular" font_italic="False" line_spacing="1">Lô: <Field name="lot"/></Span>
    </Object-text>
    <Object-barcode x="104pt" y="8pt" w="72pt" h="72pt" backend="libqrencode" style="IEC18004" text="False" checksum="True" color="0x000000ff" field="qr" format="10" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="$work/job.csv"/>
  <Data/>
</Glabels-document>
XML

best() { # best wall time in seconds of $runs runs of the command
  b=""
  n=0
  while [ $n -lt "$runs" ]; do
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    n=$((n + 1))
  done
  printf '%.2f' "$b"
}
size() { printf '%s' "$(wc -c < "$1")"; }

"$tk" --data-dir "$work/data" labels --csv "$work/job.csv" --template "Avery L7160" --out "$work/tk.pdf" > /dev/null 2>&1
tk_s=$(best "$tk" --data-dir "$work/data" labels --csv "$work/job.csv" --template "Avery L7160" --out "$work/tk.pdf")
echo "1,000 labels from a CSV on Avery L7160"
printf '  Trade Kit   %6s s  %9s bytes\n' "$tk_s" "$(size "$work/tk.pdf")"
if command -v glabels-3-batch > /dev/null 2>&1; then
  (cd "$work" && glabels-3-batch -o "$work/gl.pdf" job.glabels > /dev/null 2>&1)
  gl_s=$(cd "$work" && best glabels-3-batch -o "$work/gl.pdf" job.glabels)
  printf '  gLabels     %6s s  %9s bytes\n' "$gl_s" "$(size "$work/gl.pdf")"
  printf '  Trade Kit is %.1f times faster and its file %.1f times smaller\n' \
    "$(echo "$gl_s / $tk_s" | bc -l)" "$(echo "$(size "$work/gl.pdf") / $(size "$work/tk.pdf")" | bc -l)"
else
  echo "  gLabels: glabels-3-batch is not installed (apt-get install glabels)"
fi

"$tk" --data-dir "$work/trace" demo-data --products 20 --lots 5 --events 20 > /dev/null 2>&1
lot=$(sqlite3 "$work/trace/tradekit.db" "SELECT code FROM lot WHERE product_id IS NOT NULL ORDER BY code LIMIT 1")
"$tk" --data-dir "$work/trace" labels --lot "$lot" --template "Avery L7160" --count 10000 --serials --out "$work/l.pdf" > /dev/null 2>&1
l_s=$(best "$tk" --data-dir "$work/trace" labels --lot "$lot" --template "Avery L7160" --count 10000 --serials --out "$work/l.pdf")
echo "10,000 serialised traceability labels of lot $lot on Avery L7160"
printf '  Trade Kit   %6s s  %9s bytes\n' "$l_s" "$(size "$work/l.pdf")"
