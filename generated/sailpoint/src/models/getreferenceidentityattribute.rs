//! `Getreferenceidentityattribute`, from `apis/sources/schemas/getreferenceidentityattribute.yaml`.

/// `Getreferenceidentityattribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Getreferenceidentityattribute {
    /// This must always be set to "Cloud Services Deployment Utility"
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The operation to perform `getReferenceIdentityAttribute`
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub operation: String,
    /// This is the SailPoint User Name (uid) value of the identity whose attribute is desired
    ///
    /// As a convenience feature, you can use the `manager` keyword to dynamically look up the user's manager and then get that manager's identity attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub uid: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Getreferenceidentityattribute {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        operation: impl Into<String>,
        uid: impl Into<String>,
    ) -> Self {
        Getreferenceidentityattribute {
            name: name.into(),
            operation: operation.into(),
            uid: uid.into(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Getreferenceidentityattribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Getreferenceidentityattribute {
    const NAME: &'static str = "Getreferenceidentityattribute";

    #[inline]
    fn empty() -> Self {
        Getreferenceidentityattribute {
            name: Default::default(),
            operation: Default::default(),
            uid: Default::default(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "operation" => self.operation = map.next_value_seed(crate::lenient::Text)?,
            "uid" => self.uid = map.next_value_seed(crate::lenient::Text)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
