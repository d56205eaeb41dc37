//! `TriggerType`, from `beta/schemas/TriggerType.yaml`.
crate::string_enum! {
    #[doc = " The type of trigger."] pub enum TriggerType { #[doc =
    " `REQUEST_RESPONSE`"] RequestResponse = "REQUEST_RESPONSE", #[doc =
    " `FIRE_AND_FORGET`"] FireAndForget = "FIRE_AND_FORGET", }
}
