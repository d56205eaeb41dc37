//! What the runtime's tests share.
#![allow(dead_code)]

pub mod things;
