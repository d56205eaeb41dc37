//! `Accountunlockrequest`, from `apis/accounts/schemas/accountunlockrequest.yaml`.

/// Request used for account unlock
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountunlockrequest {
    /// If set, an external process validates that the user wants to proceed with this request.
    #[serde(rename = "externalVerificationId", skip_serializing_if = "Option::is_none")]
    pub external_verification_id: Option<String>,
    /// If set, the IDN account is unlocked after the workflow completes.
    #[serde(rename = "unlockIDNAccount", skip_serializing_if = "Option::is_none")]
    pub unlock_idn_account: Option<bool>,
    /// If set, provisioning updates the account attribute at the source.   This option is used when the account is not synced to ensure the attribute is updated.
    #[serde(rename = "forceProvisioning", skip_serializing_if = "Option::is_none")]
    pub force_provisioning: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountunlockrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountunlockrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountunlockrequest {
    const NAME: &'static str = "Accountunlockrequest";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "externalVerificationId" => {
                self.external_verification_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "unlockIDNAccount" => {
                self.unlock_idn_account = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "forceProvisioning" => {
                self.force_provisioning = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
