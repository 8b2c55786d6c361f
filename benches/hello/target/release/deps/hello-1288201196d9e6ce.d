/work/main/benches/hello/target/release/deps/hello-1288201196d9e6ce.d: src/main.rs

/work/main/benches/hello/target/release/deps/hello-1288201196d9e6ce: src/main.rs

src/main.rs:
