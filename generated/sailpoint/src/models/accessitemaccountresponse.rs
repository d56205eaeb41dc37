//! `Accessitemaccountresponse`, from `apis/identity-history/schemas/accessitemaccountresponse.yaml`.

/// `Accessitemaccountresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitemaccountresponse {
    /// the access item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the access item type. account in this case
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the native identifier used to uniquely identify an acccount
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "nativeIdentity")]
    pub native_identity: String,
    /// the id of the source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the number of entitlements the account will create
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitemaccountresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(native_identity: impl Into<String>) -> Self {
        Accessitemaccountresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            native_identity: native_identity.into(),
            source_id: None,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitemaccountresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitemaccountresponse {
    const NAME: &'static str = "Accessitemaccountresponse";

    #[inline]
    fn empty() -> Self {
        Accessitemaccountresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            native_identity: Default::default(),
            source_id: None,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "accessType" => {
                self.access_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::Text)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
