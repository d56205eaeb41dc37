//! `Resourceobject`, from `apis/sources/schemas/resourceobject.yaml`.

/// Representation of the object which is returned from source connectors.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Resourceobject {
    /// Identifier of the specific instance where this object resides.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Native identity of the object in the Source.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// Universal unique identifier of the object in the Source.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Native identity that the object has previously.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "previousIdentity", skip_serializing_if = "Option::is_none")]
    pub previous_identity: Option<String>,
    /// Display name for this object.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of object.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "objectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// A flag indicating that this is an incomplete object. Used in special cases where the connector has to return account information in several phases and the objects might not have a complete set of all account attributes. The attributes in this object will replace the corresponding attributes in the Link, but no other Link attributes will be changed.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incomplete: Option<bool>,
    /// A flag indicating that this is an incremental change object. This is similar to incomplete but it also means that the values of any multi-valued attributes in this object should be merged with the existing values in the Link rather than replacing the existing Link value.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incremental: Option<bool>,
    /// A flag indicating that this object has been deleted. This is set only when doing delta aggregation and the connector supports detection of native deletes.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete: Option<bool>,
    /// A flag set indicating that the values in the attributes represent things to remove rather than things to add. Setting this implies incremental. The values which are always for multi-valued attributes are removed from the current values.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove: Option<bool>,
    /// A list of attribute names that are not included in this object. This is only used with SMConnector and will only contain "groups".
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Vec<String>>,
    /// Attributes of this ResourceObject.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// In Aggregation, for sparse object the count for total accounts scanned identities updated is not incremented.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "finalUpdate", skip_serializing_if = "Option::is_none")]
    pub final_update: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Resourceobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Resourceobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Resourceobject {
    const NAME: &'static str = "Resourceobject";

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
            "instance" => {
                self.instance = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identity" => {
                self.identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "previousIdentity" => {
                self.previous_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "objectType" => {
                self.object_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "incomplete" => {
                self.incomplete = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "incremental" => {
                self.incremental = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "delete" => self.delete = map.next_value_seed(crate::lenient::FlagOption)?,
            "remove" => self.remove = map.next_value_seed(crate::lenient::FlagOption)?,
            "missing" => self.missing = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "finalUpdate" => {
                self.final_update = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
