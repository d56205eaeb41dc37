//! `RolemetadatabulkupdatebyidrequestValuesInner`, from `apis/roles/schemas/rolemetadatabulkupdatebyidrequest.yaml#/properties/values/items`.

/// `RolemetadatabulkupdatebyidrequestValuesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolemetadatabulkupdatebyidrequestValuesInner {
    /// the key of metadata attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub attribute: String,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolemetadatabulkupdatebyidrequestValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attribute: impl Into<String>) -> Self {
        RolemetadatabulkupdatebyidrequestValuesInner {
            attribute: attribute.into(),
            values: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for RolemetadatabulkupdatebyidrequestValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolemetadatabulkupdatebyidrequestValuesInner {
    const NAME: &'static str = "RolemetadatabulkupdatebyidrequestValuesInner";

    #[inline]
    fn empty() -> Self {
        RolemetadatabulkupdatebyidrequestValuesInner {
            attribute: Default::default(),
            values: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attribute" => self.attribute = map.next_value_seed(crate::lenient::Text)?,
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
