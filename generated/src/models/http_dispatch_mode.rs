//! `HttpDispatchMode`, from `beta/schemas/HttpDispatchMode.yaml`.
crate::string_enum! {
    #[doc = " HTTP response modes, i.e. SYNC, ASYNC, or DYNAMIC."] pub enum
    HttpDispatchMode { #[doc = " `SYNC`"] Sync = "SYNC", #[doc = " `ASYNC`"] Async =
    "ASYNC", #[doc = " `DYNAMIC`"] Dynamic = "DYNAMIC", }
}
