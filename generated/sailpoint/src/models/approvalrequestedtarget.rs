//! `Approvalrequestedtarget`, from `apis/approvals/schemas/approvalrequestedtarget.yaml`.

/// Represents a requested target in an approval process, including details such as ID, name, reauthentication requirements, and removal date.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalrequestedtarget {
    /// Signature required for forced authentication.
    #[serde(rename = "forcedAuthSignature", skip_serializing_if = "Option::is_none")]
    pub forced_auth_signature: Option<String>,
    /// ID of the requested target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the requested target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Indicates if reauthentication is required.
    #[serde(rename = "reauthRequired", skip_serializing_if = "Option::is_none")]
    pub reauth_required: Option<bool>,
    /// Date when the target will be removed.
    #[serde(rename = "removalDate", skip_serializing_if = "Option::is_none")]
    pub removal_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of the request.
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<String>,
    /// Type of the target.
    #[serde(rename = "targetType", skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalrequestedtarget {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalrequestedtarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalrequestedtarget {
    const NAME: &'static str = "Approvalrequestedtarget";

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
            "forcedAuthSignature" => {
                self.forced_auth_signature = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "reauthRequired" => {
                self.reauth_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "removalDate" => {
                self.removal_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "requestType" => {
                self.request_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetType" => {
                self.target_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
