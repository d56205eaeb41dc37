//! `SendTokenRequestDeliveryType`, from `v3/schemas/SendTokenRequest.yaml`.
crate::string_enum! {
    #[doc = " Token delivery type"] pub enum SendTokenRequestDeliveryType { #[doc =
    " `SMS_PERSONAL`"] SmsPersonal = "SMS_PERSONAL", #[doc = " `VOICE_PERSONAL`"]
    VoicePersonal = "VOICE_PERSONAL", #[doc = " `SMS_WORK`"] SmsWork = "SMS_WORK", #[doc
    = " `VOICE_WORK`"] VoiceWork = "VOICE_WORK", #[doc = " `EMAIL_WORK`"] EmailWork =
    "EMAIL_WORK", #[doc = " `EMAIL_PERSONAL`"] EmailPersonal = "EMAIL_PERSONAL", }
}
