//! The data types of requests and responses, one module per type.

#[cfg(feature = "shapes")]
mod all_shapes;
#[cfg(feature = "shapes")]
pub use all_shapes::AllShapes;

#[cfg(feature = "shapes")]
mod arrays;
#[cfg(feature = "shapes")]
pub use arrays::Arrays;

#[cfg(feature = "unreferenced-schemas")]
mod base_record;
#[cfg(feature = "unreferenced-schemas")]
pub use base_record::BaseRecord;

#[cfg(feature = "unreferenced-schemas")]
mod bike;
#[cfg(feature = "unreferenced-schemas")]
pub use bike::Bike;

#[cfg(feature = "unreferenced-schemas")]
mod car;
#[cfg(feature = "unreferenced-schemas")]
pub use car::Car;

#[cfg(feature = "shapes")]
mod cat;
#[cfg(feature = "shapes")]
pub use cat::Cat;

#[cfg(feature = "shapes")]
mod created_event;
#[cfg(feature = "shapes")]
pub use created_event::CreatedEvent;

#[cfg(feature = "shapes")]
mod deleted_event;
#[cfg(feature = "shapes")]
pub use deleted_event::DeletedEvent;

#[cfg(feature = "shapes")]
mod dog;
#[cfg(feature = "shapes")]
pub use dog::Dog;

#[cfg(feature = "shapes")]
mod enums;
#[cfg(feature = "shapes")]
pub use enums::Enums;

#[cfg(feature = "shapes")]
mod enums_direction;
#[cfg(feature = "shapes")]
pub use enums_direction::EnumsDirection;

#[cfg(feature = "shapes")]
mod extended_record;
#[cfg(feature = "shapes")]
pub use extended_record::ExtendedRecord;

#[cfg(feature = "shapes")]
mod filter_value;
#[cfg(feature = "shapes")]
pub use filter_value::FilterValue;

#[cfg(feature = "shapes")]
mod filter_value_value;
#[cfg(feature = "shapes")]
pub use filter_value_value::FilterValueValue;

#[cfg(feature = "shapes")]
mod filter_value_value_variant5_inner;
#[cfg(feature = "shapes")]
pub use filter_value_value_variant5_inner::FilterValueValueVariant5Inner;

#[cfg(feature = "shapes")]
mod formats;
#[cfg(feature = "shapes")]
pub use formats::Formats;

#[cfg(feature = "shapes")]
mod keywords;
#[cfg(feature = "shapes")]
pub use keywords::Keywords;

#[cfg(feature = "shapes")]
mod labels;
#[cfg(feature = "shapes")]
pub use labels::Labels;

#[cfg(feature = "shapes")]
mod list_events200_response_inner;
#[cfg(feature = "shapes")]
pub use list_events200_response_inner::ListEvents200ResponseInner;

#[cfg(feature = "shapes")]
mod locale;
#[cfg(feature = "shapes")]
pub use locale::Locale;

#[cfg(feature = "shapes")]
mod maps;
#[cfg(feature = "shapes")]
pub use maps::Maps;

#[cfg(feature = "shapes")]
mod maps_mixed;
#[cfg(feature = "shapes")]
pub use maps_mixed::MapsMixed;

#[cfg(feature = "shapes")]
mod maybe_color;
#[cfg(feature = "shapes")]
pub use maybe_color::MaybeColor;

#[cfg(feature = "shapes")]
mod name;
#[cfg(feature = "shapes")]
pub use name::Name;

#[cfg(feature = "shapes")]
mod name_list;
#[cfg(feature = "shapes")]
pub use name_list::NameList;

#[cfg(feature = "shapes")]
mod nullable_refs;
#[cfg(feature = "shapes")]
pub use nullable_refs::NullableRefs;

#[cfg(feature = "shapes")]
mod pet;
#[cfg(feature = "shapes")]
pub use pet::Pet;

#[cfg(feature = "shapes")]
mod ping;
#[cfg(feature = "shapes")]
pub use ping::Ping;

#[cfg(feature = "shapes")]
mod pong;
#[cfg(feature = "shapes")]
pub use pong::Pong;

#[cfg(feature = "shapes")]
mod record;
#[cfg(feature = "shapes")]
pub use record::Record;

#[cfg(feature = "shapes")]
mod step_name;
#[cfg(feature = "shapes")]
pub use step_name::StepName;

#[cfg(feature = "shapes")]
mod task_status;
#[cfg(feature = "shapes")]
pub use task_status::TaskStatus;

#[cfg(feature = "shapes")]
mod tree_node;
#[cfg(feature = "shapes")]
pub use tree_node::TreeNode;

#[cfg(feature = "shapes")]
mod upload_form;
#[cfg(feature = "shapes")]
pub use upload_form::UploadForm;

#[cfg(feature = "unreferenced-schemas")]
mod vehicle;
#[cfg(feature = "unreferenced-schemas")]
pub use vehicle::Vehicle;
