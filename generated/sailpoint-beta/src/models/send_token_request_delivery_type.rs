//! `SendTokenRequestDeliveryType`, from `v3/schemas/SendTokenRequest.yaml#/properties/deliveryType`.

/// Token delivery type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendTokenRequestDeliveryType {
    /// `SMS_PERSONAL`
    SmsPersonal,
    /// `VOICE_PERSONAL`
    VoicePersonal,
    /// `SMS_WORK`
    SmsWork,
    /// `VOICE_WORK`
    VoiceWork,
    /// `EMAIL_WORK`
    EmailWork,
    /// `EMAIL_PERSONAL`
    EmailPersonal,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendTokenRequestDeliveryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendTokenRequestDeliveryType::SmsPersonal => "SMS_PERSONAL",
            SendTokenRequestDeliveryType::VoicePersonal => "VOICE_PERSONAL",
            SendTokenRequestDeliveryType::SmsWork => "SMS_WORK",
            SendTokenRequestDeliveryType::VoiceWork => "VOICE_WORK",
            SendTokenRequestDeliveryType::EmailWork => "EMAIL_WORK",
            SendTokenRequestDeliveryType::EmailPersonal => "EMAIL_PERSONAL",
            SendTokenRequestDeliveryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendTokenRequestDeliveryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SMS_PERSONAL" => SendTokenRequestDeliveryType::SmsPersonal,
            "VOICE_PERSONAL" => SendTokenRequestDeliveryType::VoicePersonal,
            "SMS_WORK" => SendTokenRequestDeliveryType::SmsWork,
            "VOICE_WORK" => SendTokenRequestDeliveryType::VoiceWork,
            "EMAIL_WORK" => SendTokenRequestDeliveryType::EmailWork,
            "EMAIL_PERSONAL" => SendTokenRequestDeliveryType::EmailPersonal,
            other => SendTokenRequestDeliveryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendTokenRequestDeliveryType);
