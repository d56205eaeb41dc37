//! `TokenAuthRequestDeliveryType`, from `v3/schemas/TokenAuthRequest.yaml#/properties/deliveryType`.

/// Token delivery type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TokenAuthRequestDeliveryType {
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

impl TokenAuthRequestDeliveryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TokenAuthRequestDeliveryType::SmsPersonal => "SMS_PERSONAL",
            TokenAuthRequestDeliveryType::VoicePersonal => "VOICE_PERSONAL",
            TokenAuthRequestDeliveryType::SmsWork => "SMS_WORK",
            TokenAuthRequestDeliveryType::VoiceWork => "VOICE_WORK",
            TokenAuthRequestDeliveryType::EmailWork => "EMAIL_WORK",
            TokenAuthRequestDeliveryType::EmailPersonal => "EMAIL_PERSONAL",
            TokenAuthRequestDeliveryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TokenAuthRequestDeliveryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SMS_PERSONAL" => TokenAuthRequestDeliveryType::SmsPersonal,
            "VOICE_PERSONAL" => TokenAuthRequestDeliveryType::VoicePersonal,
            "SMS_WORK" => TokenAuthRequestDeliveryType::SmsWork,
            "VOICE_WORK" => TokenAuthRequestDeliveryType::VoiceWork,
            "EMAIL_WORK" => TokenAuthRequestDeliveryType::EmailWork,
            "EMAIL_PERSONAL" => TokenAuthRequestDeliveryType::EmailPersonal,
            other => TokenAuthRequestDeliveryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TokenAuthRequestDeliveryType);
