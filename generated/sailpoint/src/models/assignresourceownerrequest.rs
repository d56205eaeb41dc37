//! `Assignresourceownerrequest`, from `apis/data-access-security/schemas/assignresourceownerrequest.yaml`.

/// `Assignresourceownerrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Assignresourceownerrequest {
    /// The unique identifier of the application containing the resource.
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<i64>,
    /// The full path to the resource within the application (e.g., file path or object path).
    #[serde(rename = "fullPath", skip_serializing_if = "Option::is_none")]
    pub full_path: Option<String>,
    /// The unique identifier (UUID) of the identity to be assigned as the resource owner.
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Assignresourceownerrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Assignresourceownerrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Assignresourceownerrequest {
    const NAME: &'static str = "Assignresourceownerrequest";

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
            "appId" => self.app_id = map.next_value()?,
            "fullPath" => {
                self.full_path = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
