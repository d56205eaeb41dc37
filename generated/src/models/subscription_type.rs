//! `SubscriptionType`, from `beta/schemas/SubscriptionType.yaml`.
crate::string_enum! {
    #[doc =
    " Subscription type. **NOTE** If type is EVENTBRIDGE, then eventBridgeConfig is required. If type is HTTP, then httpConfig is required."]
    pub enum SubscriptionType { #[doc = " `HTTP`"] Http = "HTTP", #[doc =
    " `EVENTBRIDGE`"] Eventbridge = "EVENTBRIDGE", #[doc = " `INLINE`"] Inline =
    "INLINE", #[doc = " `SCRIPT`"] Script = "SCRIPT", #[doc = " `WORKFLOW`"] Workflow =
    "WORKFLOW", }
}
