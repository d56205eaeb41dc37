//! `InvocationStatusType`, from `beta/schemas/InvocationStatusType.yaml`.
crate::string_enum! {
    #[doc = " Defines the Invocation type."] #[doc = " "] #[doc =
    " **TEST** The trigger was invocated as a test, either via the test subscription button in the UI or via the start test invocation API."]
    #[doc = " "] #[doc =
    " **REAL_TIME** The trigger subscription is live and was invocated by a real event in IdentityNow."]
    pub enum InvocationStatusType { #[doc = " `TEST`"] Test = "TEST", #[doc =
    " `REAL_TIME`"] RealTime = "REAL_TIME", }
}
