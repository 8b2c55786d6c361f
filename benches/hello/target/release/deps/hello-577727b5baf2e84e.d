/work/main/benches/hello/target/release/deps/hello-577727b5baf2e84e.d: src/main.rs

/work/main/benches/hello/target/release/deps/hello-577727b5baf2e84e: src/main.rs

src/main.rs:
