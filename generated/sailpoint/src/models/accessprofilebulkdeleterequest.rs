//! `Accessprofilebulkdeleterequest`, from `apis/access-profiles/schemas/accessprofilebulkdeleterequest.yaml`.

/// `Accessprofilebulkdeleterequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofilebulkdeleterequest {
    /// List of IDs of Access Profiles to be deleted.
    #[serde(rename = "accessProfileIds", skip_serializing_if = "Option::is_none")]
    pub access_profile_ids: Option<Vec<String>>,
    /// If **true**, silently skip over any of the specified Access Profiles if they cannot be deleted because they are in use. If **false**, no deletions will be attempted if any of the Access Profiles are in use.
    #[serde(rename = "bestEffortOnly", skip_serializing_if = "Option::is_none")]
    pub best_effort_only: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofilebulkdeleterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofilebulkdeleterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofilebulkdeleterequest {
    const NAME: &'static str = "Accessprofilebulkdeleterequest";

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
            "accessProfileIds" => self.access_profile_ids = map.next_value()?,
            "bestEffortOnly" => {
                self.best_effort_only = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
