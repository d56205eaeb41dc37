//! `RolemetadatabulkupdatebyfilterrequestValuesInner`, from `apis/roles/schemas/rolemetadatabulkupdatebyfilterrequest.yaml#/properties/values/items`.

/// `RolemetadatabulkupdatebyfilterrequestValuesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolemetadatabulkupdatebyfilterrequestValuesInner {
    /// the key of metadata attribute
    #[serde(rename = "attributeKey", skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolemetadatabulkupdatebyfilterrequestValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RolemetadatabulkupdatebyfilterrequestValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolemetadatabulkupdatebyfilterrequestValuesInner {
    const NAME: &'static str = "RolemetadatabulkupdatebyfilterrequestValuesInner";

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
            "attributeKey" => {
                self.attribute_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
