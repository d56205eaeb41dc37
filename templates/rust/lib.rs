#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod client;
mod spec;

pub mod apis;
pub mod models;

pub use client::Client;
pub use spec::API_PATH;

/// The runtime this crate shares with the rest of the family (`{{ runtime_name }}`): its
/// [`Client`](runtime::Client) serves every crate of the family through one token and one rate
/// limit. What a program needs of it is re-exported here too.
pub use {{ runtime_lib }} as runtime;
pub use {{ runtime_lib }}::{
    AccessToken, ByteStream, Config, Credentials, DEFAULT_BASE_URL, DecodeFailure, Error, Method,
    OperationError, Page, RawRequest, RawResponse, Response, RetryPolicy, SdkError, ServiceError,
    TokenFuture, TokenProvider,
};

// The runtime's helpers, under the paths the generated code names them by.
#[allow(unused_imports)]
use {{ runtime_lib }}::{
    datetime, lenient, object, pagination, request, search_after, string_enum_impls, union,
};
