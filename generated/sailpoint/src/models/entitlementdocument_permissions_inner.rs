//! `EntitlementdocumentPermissionsInner`, from `apis/search/schemas/entitlementdocument.yaml#/allOf/1/properties/permissions/items`.

/// `EntitlementdocumentPermissionsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EntitlementdocumentPermissionsInner {
    /// The target the permission would grants rights on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// All the rights (e.g. actions) that this permission allows on the target
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementdocumentPermissionsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for EntitlementdocumentPermissionsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for EntitlementdocumentPermissionsInner {
    const NAME: &'static str = "EntitlementdocumentPermissionsInner";

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
            "target" => self.target = map.next_value_seed(crate::lenient::TextOption)?,
            "rights" => self.rights = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
