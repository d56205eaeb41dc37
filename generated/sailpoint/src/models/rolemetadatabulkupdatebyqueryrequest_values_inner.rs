//! `RolemetadatabulkupdatebyqueryrequestValuesInner`, from `apis/roles/schemas/rolemetadatabulkupdatebyqueryrequest.yaml#/properties/values/items`.

/// `RolemetadatabulkupdatebyqueryrequestValuesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolemetadatabulkupdatebyqueryrequestValuesInner {
    /// the key of metadata attribute
    #[serde(rename = "attributeKey", skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// the values of attribute to be updated
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolemetadatabulkupdatebyqueryrequestValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RolemetadatabulkupdatebyqueryrequestValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolemetadatabulkupdatebyqueryrequestValuesInner {
    const NAME: &'static str = "RolemetadatabulkupdatebyqueryrequestValuesInner";

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
            "attributeValue" => self.attribute_value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
