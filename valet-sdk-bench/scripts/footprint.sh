#!/bin/bash
# usage (from the repository root): valet-sdk-bench/scripts/footprint.sh "$PWD/examples/cp.txt" 600 256m
CP=$(cat "$1"); SECS=$2; XMX=$3; OUT=${OUT:-/tmp/footprint}; mkdir -p $OUT/tmp
cd "$(dirname "$0")/../../examples"
java -Xmx$XMX -Djava.io.tmpdir=$OUT/tmp -Xlog:gc:file=$OUT/gc.log -cp "target/classes:$CP" com.wekruit.valet.examples.RunbookDemo --serve --port=8799 > $OUT/demo.out 2>&1 &
PID=$!
for i in $(seq 1 120); do grep -q "Serving until" $OUT/demo.out && break; sleep 1; done
sleep 30   # let start-up work (first backup, first drill) finish before measuring
HZ=$(getconf CLK_TCK)
read -r U0 S0 <<<"$(awk '{print $14, $15}' /proc/$PID/stat)"; T0=$(date +%s.%N)
: > $OUT/heap.txt
END=$(( $(date +%s) + SECS ))
while [ $(date +%s) -lt $END ]; do jstat -gc $PID | awk 'NR==2{printf "%.1f\n", ($3+$4+$6+$8)/1024}' >> $OUT/heap.txt; sleep 5; done
read -r U1 S1 <<<"$(awk '{print $14, $15}' /proc/$PID/stat)"; T1=$(date +%s.%N)
jcmd $PID GC.run > /dev/null; sleep 2
LIVE=$(jstat -gc $PID | awk 'NR==2{printf "%.1f", ($3+$4+$6+$8)/1024}')
CHILD=$(pgrep -P $PID | tr '\n' ' ')
echo "pid $PID children: $CHILD" > $OUT/result.txt
python3 - "$U0" "$S0" "$U1" "$S1" "$T0" "$T1" "$HZ" >> $OUT/result.txt <<'PY'
import sys
u0,s0,u1,s1,t0,t1,hz=map(float,sys.argv[1:])
cpu=(u1+s1-u0-s0)/hz; wall=t1-t0
print(f"JVM CPU {cpu:.2f} s over {wall:.0f} s wall = {100*cpu/wall:.3f} % of one core")
PY
echo "heap used (MB, jstat every 5 s, garbage included): max $(sort -n $OUT/heap.txt | tail -1), samples $(wc -l < $OUT/heap.txt); after a full GC at the end: $LIVE MB" >> $OUT/result.txt
grep -c "Pause" $OUT/gc.log | sed 's/^/GC pauses: /' >> $OUT/result.txt
kill -TERM $PID; wait $PID; echo "exit $?" >> $OUT/result.txt
tail -3 $OUT/demo.out >> $OUT/result.txt
