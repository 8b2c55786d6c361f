/work/main/benches/hello/target/release/hello: /work/main/benches/hello/src/main.rs
