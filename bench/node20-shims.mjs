// PostGraphile 5.1 declares Node 22 and uses one API that Node 20 lacks, `Promise.withResolvers`
// (grafast, @dataplan/pg and grafserv call it per request). Defined here as the standard describes
// it, before anything of PostGraphile's is loaded; nothing else of theirs needed more than Node 20.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
